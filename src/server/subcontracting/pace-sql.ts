// The change-order pace (rules.changeOrderProjection) as SQL text, shared by the operations' refresh, the daily job and
// the seeds (plain strings: the seeds run without the server's modules). `day` is an SQL date expression, such as
// `$1::date` or `current_date`; `which` a condition on the work authorization alias `w`.

/**
 * The projected minutes on alias `w`: the minutes logged stretched over the whole span (start to end, inclusive) from
 * the days elapsed (at least one, at most the span); without both dates, the minutes logged as they are.
 */
export function projectedMinutesExpression(day: string): string {
  return `CASE WHEN w."startsOn" IS NULL OR w."endsOn" IS NULL THEN w."minutesLogged"
    ELSE round(w."minutesLogged"::numeric * GREATEST(1, w."endsOn" - w."startsOn" + 1)
               / LEAST(GREATEST(1, w."endsOn" - w."startsOn" + 1), GREATEST(1, ${day} - w."startsOn" + 1)))::int END`;
}

/**
 * Stores the pace of the authorizations `which` selects as of `day`: the projected minutes and, for an active one, the
 * projected overrun in thousandths of its hours authorized (0 on pace, and for any authorization not active).
 */
export function refreshPaceSql(day: string, which: string): string {
  return `UPDATE "WorkAuthorization" t
    SET "projectedMinutes" = x."projected",
        "overrunPermille" = CASE WHEN t."status" = 'ACTIVE'
          THEN GREATEST(0, round(1000.0 * (x."projected" - t."hoursAuthorized" * 60) / GREATEST(1, t."hoursAuthorized" * 60)))::int
          ELSE 0 END,
        "paceOn" = ${day}
    FROM (SELECT w."id", ${projectedMinutesExpression(day)} AS "projected" FROM "WorkAuthorization" w WHERE ${which}) x
    WHERE t."id" = x."id"`;
}
