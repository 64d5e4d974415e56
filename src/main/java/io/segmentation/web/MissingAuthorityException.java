package io.segmentation.web;

/** A valid key lacks the authority ({@code read} or {@code write}) the request needs. */
class MissingAuthorityException extends RuntimeException {

    MissingAuthorityException(String message) {
        super(message);
    }
}
