package org.wfed.activities.internal.photo;

/**
 * The image formats accepted, recognised by their first bytes (the declared type alone is not trusted):
 * JPEG starts FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A.
 */
enum PhotoFormat {
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String extension;
    private final int[] magic;

    PhotoFormat(String contentType, String extension, int[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    String contentType() { return contentType; }

    String extension() { return extension; }

    /** The format whose signature the bytes start with, or null. */
    static PhotoFormat sniff(byte[] bytes) {
        for (PhotoFormat f : values()) {
            if (bytes.length >= f.magic.length) {
                boolean match = true;
                for (int i = 0; i < f.magic.length && match; i++) {
                    match = (bytes[i] & 0xFF) == f.magic[i];
                }
                if (match) {
                    return f;
                }
            }
        }
        return null;
    }
}
