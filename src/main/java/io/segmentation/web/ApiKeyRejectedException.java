package io.segmentation.web;

/** A protected request came without a key, or with one that is not configured. */
class ApiKeyRejectedException extends RuntimeException {

    ApiKeyRejectedException(String message) {
        super(message);
    }
}
