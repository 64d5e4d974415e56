package io.segmentation.web;

/** A valid key lacks the authority ({@code read} or {@code write}) the request needs. */
class MissingAuthorityException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("forbidden", "Missing authority", 403);


    MissingAuthorityException(String message) {
        super(TYPE, message);
    }
}
