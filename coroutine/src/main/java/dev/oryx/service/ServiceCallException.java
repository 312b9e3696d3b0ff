package dev.oryx.service;

import java.util.List;

/**
 * The failure of a call made from Java ({@link ServiceRuntime#call}): the same information a
 * JavaScript caller gets as an error object. {@link #type()} is the error type: {@code RemoteError}
 * (the handler threw), {@code TimeoutError}, {@code ServiceNotFoundError}, {@code ServiceBusyError},
 * {@code ServiceExitedError} or {@code DataCloneError}.
 */
public final class ServiceCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final String remoteName;
    private final String remoteMessage;
    private final String remoteStack;
    private final List<String> serviceChain;

    public ServiceCallException(String type, String message, String remoteName, String remoteMessage, String remoteStack,
        List<String> serviceChain) {
        super(type + ": " + message, null, false, false);
        this.type = type;
        this.remoteName = remoteName;
        this.remoteMessage = remoteMessage;
        this.remoteStack = remoteStack;
        this.serviceChain = List.copyOf(serviceChain);
    }

    static ServiceCallException local(String type, String message) {
        return new ServiceCallException(type, message, "", "", "", List.of());
    }

    static ServiceCallException of(Failure f) {
        return new ServiceCallException(f.type(), f.message(), f.remoteName(), f.remoteMessage(), f.remoteStack(), f.serviceChain());
    }

    public String type() {
        return type;
    }

    /** The name of the error the remote handler threw ("" for a local failure or a thrown non-Error value). */
    public String remoteName() {
        return remoteName;
    }

    public String remoteMessage() {
        return remoteMessage;
    }

    /** The JavaScript stack lines of the remote error ("" when unknown). */
    public String remoteStack() {
        return remoteStack;
    }

    /** The services the error passed through, from the one that threw to the one that replied. */
    public List<String> serviceChain() {
        return serviceChain;
    }
}
