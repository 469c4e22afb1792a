package org.wfed.core;

import java.util.List;

/** One page of a list: the items, the total count and where the page is. */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** A validated page request: page from 1, size 1–200. */
    public record Request(int page, int size) {
        public long offset() {
            return (long) (page - 1) * size;
        }
    }

    public static Request request(int page, int size) {
        if (page < 1 || size < 1 || size > 200) {
            throw WfedException.invalid("BAD_PAGE", "分页参数有误（页码从1开始，每页1到200条）", "page >= 1, 1 <= size <= 200");
        }
        return new Request(page, size);
    }
}
