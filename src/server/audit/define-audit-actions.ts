import "server-only";

/**
 * A domain's audit actions, each with the label the audit trail shows for it. An action names what happened to which
 * kind of record, `<record>.<past-tense verb>`; it is stored as that string in AuditEvent.action.
 */
export function defineAuditActions<const Actions extends Record<`${string}.${string}`, string>>(actions: Actions): Actions {
  return actions;
}
