package org.hetao.registry.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Hetao Registry API",
                        version = "1",
                        description =
                                "Joint Hong Kong–Shenzhen research projects, institutions, people, staffing and IP ownership."),
        security = @SecurityRequirement(name = "bearer"),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = "bearer",
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        description = "A token from POST /api/auth/token")))
public class RegistryApplication extends Application {}
