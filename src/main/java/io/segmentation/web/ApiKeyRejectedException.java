package io.segmentation.web;

import java.util.Map;

/** A protected request came without a key, or with one that is not configured. */
class ApiKeyRejectedException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("unauthorized", "API key required", 401);

    ApiKeyRejectedException(String message) {
        super(TYPE, message);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", "ApiKey realm=\"segmentation\", header=\"X-API-Key\"");
    }
}
