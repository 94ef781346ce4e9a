package vn.congdoan.intranet.restructuring;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the operator asks for; the service checks it, previews it and applies it. */
public sealed interface RestructuringRequest extends Serializable {

    Decision decision();

    RestructuringKind kind();

    /** Units {@code sourceIds} end and {@code targetId} takes over what they had. */
    record Merge(List<Long> sourceIds, Long targetId, Decision decision) implements RestructuringRequest {
        public RestructuringKind kind() {
            return RestructuringKind.MERGE;
        }
    }

    /**
     * The unit ends. Its active members are grouped by job title ("" for none): a group mapped to a unit moves
     * there, a group mapped to null or not mapped ends. Units below it move to {@code childrenTargetId}; officers'
     * accounts move to {@code accountsTargetId}, or are deactivated when it is null.
     */
    record Dissolve(Long unitId, Map<String, Long> destinationByJobTitle, Long childrenTargetId,
                    Long accountsTargetId, Decision decision) implements RestructuringRequest {
        public RestructuringKind kind() {
            return RestructuringKind.DISSOLVE;
        }
    }

    /** The units, each with everything below it, move under {@code newParentId}. */
    record Move(List<Long> unitIds, Long newParentId, Decision decision) implements RestructuringRequest {
        public RestructuringKind kind() {
            return RestructuringKind.MOVE;
        }
    }

    /** The chosen members of {@code sourceId} form a new unit of the same level beside it. */
    record Split(Long sourceId, Set<Long> memberIds, String newCode, String newName, String newShortName,
                 Decision decision) implements RestructuringRequest {
        public RestructuringKind kind() {
            return RestructuringKind.SPLIT;
        }
    }
}
