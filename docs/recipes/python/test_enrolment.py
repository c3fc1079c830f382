"""Enrolment against mock-ndes from a Python suite, with an Intune-style challenge per device."""
from pathlib import Path

from conftest import enrol

# scepclient puts these in every CSR's subject besides the CN; an Intune challenge is bound to the whole subject.
SUBJECT = "C=US,O=scep-client,OU=MDM,CN={cn}"


def test_a_device_enrols_with_a_challenge_minted_for_it(mock_ndes, tmp_path):
    challenge = mock_ndes.mint_intune_challenge(SUBJECT.format(cn="py-device-1"))

    result = enrol(mock_ndes, tmp_path, "py-device-1", challenge)

    assert result.returncode == 0, result.stdout + result.stderr
    assert (Path(tmp_path) / "cert.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert any(" 200 " in line and "PKIOperation" in line for line in mock_ndes.recent_lines("iis"))


def test_a_challenge_minted_for_another_device_is_refused(mock_ndes, tmp_path):
    challenge = mock_ndes.mint_intune_challenge(SUBJECT.format(cn="someone-else"))

    result = enrol(mock_ndes, tmp_path, "py-device-2", challenge)

    assert result.returncode != 0
    assert not (Path(tmp_path) / "cert.pem").exists()


def test_a_stopped_app_pool_fails_every_enrolment_with_503(mock_ndes, tmp_path):
    mock_ndes.use_scenario("app-pool-stopped")
    challenge = mock_ndes.mint_intune_challenge(SUBJECT.format(cn="py-device-3"))

    result = enrol(mock_ndes, tmp_path, "py-device-3", challenge)

    assert result.returncode != 0
    assert any(" 503 " in line for line in mock_ndes.recent_lines("httperr"))
