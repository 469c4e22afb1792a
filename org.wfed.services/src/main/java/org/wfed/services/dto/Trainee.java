package org.wfed.services.dto;

/** A trainee of a course: completed, certificate obtained, employed afterwards. */
public record Trainee(long id, long courseId, Long personId, String name, boolean completed, boolean certified,
                      boolean employedAfter, int version) {
}
