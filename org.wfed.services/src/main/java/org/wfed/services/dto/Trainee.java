package org.wfed.services.dto;

/** A trainee of a course: completed, certificate obtained, employed afterwards, with
 * {@code placementId} the placement (成功就业) it was when one is named. */
public record Trainee(long id, long courseId, Long personId, String name, boolean completed, boolean certified,
                      boolean employedAfter, Long placementId, int version) {
}
