package org.wfed.core.internal.rest;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The one JAX-RS application of wfed, at {@code /api}; every resource and extension selects it. */
@Component(service = Application.class)
@JaxrsName(WfedApplication.NAME)
@JaxrsApplicationBase("api")
public final class WfedApplication extends Application {
    public static final String NAME = "wfed";
    /** The filter resources and extensions use to select this application. */
    public static final String SELECT = "(osgi.jaxrs.name=wfed)";
}
