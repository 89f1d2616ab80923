"use client";
import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, fieldError, typedValue } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { draftInvoiceAction, logWeekHoursAction } from "@/server/subcontracting/actions";
import { ScrollBox } from "@/app/subcontracting/scroll-box";

interface GridRow {
  id: string;
  projectName: string;
  description: string;
  cells: { day: string; minutes: number; invoiced: boolean; flagged: boolean }[];
}

const hoursText = (minutes: number) => (minutes === 0 ? "" : String(Math.round((minutes / 60) * 100) / 100));

/**
 * A consultant's week: one row per active authorization they are assigned to, a cell per day in hours (quarter hours),
 * and a description of the week's work per row. Saving sets each day to what its cell holds; hours already on an
 * invoice are shown read-only.
 */
export function HoursGrid({
  week,
  consultantId,
  consultantName,
  days,
  rows,
}: {
  week: string;
  consultantId: string;
  consultantName: string;
  days: { iso: string; label: string }[];
  rows: GridRow[];
}) {
  const [state, formAction] = useActionState(logWeekHoursAction, IDLE);
  const cellErrors = state.status === "error" ? Object.entries(state.fieldErrors).filter(([name]) => name.startsWith("hours_")) : [];
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="week" value={week} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <ScrollBox label="Hour grid">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Hours of {consultantName}, in hours per day</caption>
          <thead className="text-xs text-gray-600">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Project
              </th>
              {days.map((day) => (
                <th key={day.iso} scope="col" className="px-1 py-2 whitespace-nowrap">
                  {day.label}
                </th>
              ))}
              <th scope="col" className="py-2 pl-2">
                Description
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((row) => {
              const descriptionName = `description_${row.id}`;
              const descriptionError = fieldError(state, descriptionName);
              return (
                <tr key={row.id}>
                  <th scope="row" className="py-2 pr-3 font-medium text-gray-900">
                    {row.projectName}
                  </th>
                  {row.cells.map((cell, index) => {
                    const name = `hours_${row.id}_${cell.day}`;
                    const error = fieldError(state, name);
                    const value = typedValue(state, name, hoursText(cell.minutes));
                    return (
                      <td key={cell.day} className="px-1 py-2">
                        <input
                          name={name}
                          key={`${name}:${value}`}
                          defaultValue={value}
                          inputMode="decimal"
                          readOnly={cell.invoiced}
                          aria-label={`${row.projectName}, ${days[index].label}${cell.invoiced ? " (invoiced)" : cell.flagged ? " (past the authorization)" : ""}`}
                          aria-invalid={error ? true : undefined}
                          className={`w-16 rounded-md border px-2 py-1 text-right text-sm aria-[invalid=true]:border-red-600 ${
                            cell.invoiced ? "border-gray-200 bg-gray-100 text-gray-600" : cell.flagged ? "border-amber-500" : "border-gray-300"
                          }`}
                        />
                      </td>
                    );
                  })}
                  <td className="py-2 pl-2">
                    <input
                      name={descriptionName}
                      key={`${descriptionName}:${typedValue(state, descriptionName, row.description)}`}
                      defaultValue={typedValue(state, descriptionName, row.description)}
                      aria-label={`Description of the work on ${row.projectName}`}
                      aria-invalid={descriptionError ? true : undefined}
                      className="w-56 rounded-md border border-gray-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
                    />
                    {descriptionError ? <p className="mt-1 text-sm text-red-700">{descriptionError}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      {cellErrors.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-red-700">
          {[...new Set(cellErrors.map(([, message]) => message))].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs text-gray-600">
        Hours in quarter hours (7.5 is seven and a half hours). Hours past an authorization are saved and wait for the coordinator&apos;s approval; invoiced
        hours cannot change.
      </p>
      <SubmitButton pendingLabel="Saving…">Save hours</SubmitButton>
    </form>
  );
}

/** Drafts the invoice of a SOW for a month, or brings an open one up to date with the month's approved hours. */
export function DraftInvoiceForm({ sows, months }: { sows: { id: string; number: string }[]; months: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(draftInvoiceAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="sowId" label="SOW" state={state} options={sows.map((sow) => ({ value: sow.id, label: sow.number }))} defaultValue={sows[0].id} />
        <SelectField name="month" label="Month" state={state} options={months} defaultValue={months[0].value} />
      </div>
      <SubmitButton pendingLabel="Drafting…">Draft invoice</SubmitButton>
    </form>
  );
}
