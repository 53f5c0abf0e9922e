package org.hetao.registry.project;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;

/**
 * The project code is already another project's. The message never names that project: it reads the
 * same whether or not the caller may read it, so a code held by a record hidden from the caller tells
 * only that the code is not available. {@link #visibleProject()} names it when the caller may read it.
 */
@ApplicationException(rollback = true)
public class ProjectCodeTakenException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final Long visibleProject;

    public ProjectCodeTakenException(String code, Long visibleProject) {
        super(message(code));
        this.visibleProject = visibleProject;
    }

    /** The same words for the API and for an import row, whoever holds the code. */
    public static String message(String code) {
        return "The project code " + code + " is not available: another project already uses it; choose another code";
    }

    /** The project that holds the code, when the caller may read it; null otherwise. */
    public Long visibleProject() {
        return visibleProject;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PROJECT_CODE_TAKEN;
    }
}
