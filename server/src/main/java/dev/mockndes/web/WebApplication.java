package dev.mockndes.web;

import java.util.concurrent.CompletionStage;

/** An IIS application (a virtual directory such as /certsrv/mscep): turns requests into responses. */
@FunctionalInterface
public interface WebApplication {
    CompletionStage<WebResponse> handle(WebRequest request);
}
