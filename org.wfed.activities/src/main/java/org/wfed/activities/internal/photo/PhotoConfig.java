package org.wfed.activities.internal.photo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits and place of photo uploads (ConfigAdmin pid {@code org.wfed.activities.photos}). */
@ObjectClassDefinition(name = "wfed activity photos")
public @interface PhotoConfig {
    @AttributeDefinition(description = "Largest accepted image in bytes (default 5 MB)")
    int maxBytes() default 5 * 1024 * 1024;

    @AttributeDefinition(description = "Most photos per activity or nominee")
    int maxPerOwner() default 20;

    @AttributeDefinition(description = "Folder for the image files; empty = <data folder>/files/activities/photos")
    String folder() default "";
}
