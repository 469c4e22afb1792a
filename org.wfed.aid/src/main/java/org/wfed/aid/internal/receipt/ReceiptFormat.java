package org.wfed.aid.internal.receipt;

/** The formats a signed receipt may have, recognised by their first bytes (magic numbers), never by name alone. */
enum ReceiptFormat {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    final String contentType;
    final String extension;
    private final byte[] magic;

    ReceiptFormat(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The format the content starts with, or null. */
    static ReceiptFormat sniff(byte[] content) {
        for (ReceiptFormat f : values()) {
            if (content.length >= f.magic.length && java.util.Arrays.equals(content, 0, f.magic.length, f.magic, 0,
                    f.magic.length)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether a declared type (the upload's Content-Type, or the name's extension) contradicts the content;
     * an unknown or generic declaration (application/octet-stream, no extension) does not.
     */
    boolean contradicts(String declaredType, String fileName) {
        String type = declaredType == null ? "" : declaredType.toLowerCase(java.util.Locale.ROOT).split(";")[0].trim();
        for (ReceiptFormat f : values()) {
            if (f != this && (type.equals(f.contentType) || (f == JPEG && type.equals("image/jpg")))) {
                return true;
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "pdf" -> this != PDF;
            case "jpg", "jpeg" -> this != JPEG;
            case "png" -> this != PNG;
            default -> false;
        };
    }
}
