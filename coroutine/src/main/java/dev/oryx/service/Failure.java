package dev.oryx.service;

import java.util.List;

/**
 * Why a call failed, in heap-neutral form: the error type the caller receives
 * ({@code RemoteError}, {@code ServiceExitedError}...) and what is known of the remote error.
 *
 * @param type the caller's error type
 * @param message the caller's error message
 * @param remoteName the name of the error thrown by the remote handler ("" when not an Error)
 * @param remoteMessage its message (or the thrown value as text)
 * @param remoteStack its JavaScript stack lines ("" when unknown)
 * @param serviceChain the services the error passed through, from where it was thrown to the replier
 * @param remoteValue the copied thrown value when it was not an Error object (else null)
 */
record Failure(String type, String message, String remoteName, String remoteMessage, String remoteStack, List<String> serviceChain,
    Object remoteValue) {
}
