// The build failed on the ban, naming each banned artifact one level below leaky-library (so the rule
// searches transitively), not on something else such as an artifact that did not resolve.
def log = new File(basedir, 'build.log').text
assert log.contains('BannedDependencies failed')
assert log =~ / {3}example\.consumer:leaky-library:pom:1\r?\n/
for (banned in ['dev.mockndes:mock-ndes-client-harness', 'com.google.code.jscep:jscep', 'org.slf4j:slf4j-nop']) {
    assert log =~ (/ {6}/ + java.util.regex.Pattern.quote(banned) + /:jar:\S+ <--- banned/)
}
