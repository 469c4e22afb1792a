package org.wfed.core.internal.rest;

import java.util.Hashtable;
import javax.ws.rs.core.Application;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * The one JAX-RS application of wfed, at {@code /api}; every resource and extension selects it.
 * <p>
 * It is registered only once the framework has started every bundle of the deployment. The JAX-RS whiteboard
 * rebuilds the application's CXF endpoint for every resource that joins it: registered first, the application was
 * rebuilt some 60 times during a start, once per resource, each time over all the resources so far. Registered
 * last, it is built with the resources present, and only what comes later (a plugin) rebuilds it.
 */
@Component(service = {}, immediate = true)
public final class WfedApplication extends Application {
    public static final String NAME = "wfed";
    /** The filter resources and extensions use to select this application. */
    public static final String SELECT = "(osgi.jaxrs.name=wfed)";

    private final BundleContext context;
    private final FrameworkListener listener = this::framework;
    private ServiceRegistration<Application> registration;

    @Activate
    public WfedApplication(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(listener);
        registerWhenStarted();
    }

    private void framework(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED) {
            registerWhenStarted();
        }
    }

    private synchronized void registerWhenStarted() {
        if (registration != null || !started()) {
            return;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(JaxrsWhiteboardConstants.JAX_RS_NAME, NAME);
        props.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, "api");
        registration = context.registerService(Application.class, this, props);
        context.removeFrameworkListener(listener);
    }

    /** Whether the framework has reached the start level of every bundle installed. */
    private boolean started() {
        Bundle system = context.getBundle(0);
        if (system.getState() != Bundle.ACTIVE) {
            return false;
        }
        int level = system.adapt(FrameworkStartLevel.class).getStartLevel();
        for (Bundle b : context.getBundles()) {
            BundleStartLevel s = b.adapt(BundleStartLevel.class);
            if (s != null && s.getStartLevel() > level) {
                return false;
            }
        }
        return true;
    }

    @Deactivate
    synchronized void deactivate() {
        context.removeFrameworkListener(listener);
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
