package io.segmentation;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;

/** Multipart bodies for {@code POST /uploads} in tests. */
public final class UploadForms {

    private UploadForms() {
    }

    /** A form whose {@code file} part is the given CSV text under the given file name. */
    public static LinkedMultiValueMap<String, Object> csv(String fileName, String text) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return form;
    }
}
