package org.inpaintstudio.server;

import java.util.List;
import java.util.stream.Collectors;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.RequestValidator;
import org.inpaintstudio.api.RequestViolation;

/**
 * Checks a request against the limits of API.md with the project's {@link RequestValidator}: a violation is a
 * 400, or a 413 for an image over 15 MB. One exception: an image or mask whose bytes cannot be read is accepted,
 * and its task ends in state -7 ("invalid image file"), which is what the API has that state for.
 */
final class RequestAdmission {
    private final RequestValidator validator = new RequestValidator();

    InpaintRequest admit(InpaintRequest request) {
        try {
            return validator.validate(request);
        } catch (InvalidRequestException e) {
            List<RequestViolation> refusing = e.violations().stream()
                    .filter(v -> !RequestViolation.IMAGE_UNREADABLE.equals(v.key()))
                    .toList();
            if (refusing.isEmpty()) {
                return request;
            }
            String message = refusing.stream().map(RequestViolation::toString).collect(Collectors.joining(" "));
            boolean tooLarge = refusing.stream().anyMatch(v -> RequestViolation.IMAGE_TOO_LARGE.equals(v.key()));
            throw tooLarge ? RequestRefused.tooLarge(message) : RequestRefused.badRequest(message);
        }
    }
}
