import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/session";
import { readDraftKey } from "@/server/applications/draft-cookie";
import { getApplicationDraft, getMovedApplicationDraft } from "@/server/applications/get-application-draft";
import { MovedApplication } from "./moved-application";
import { APPLICATION_STEPS, stepToShow } from "@/server/applications/rules";
import { CompanyStepForm } from "./company-step-form";
import { ProgramStepForm } from "./program-step-form";
import { ContactStepForm } from "./contact-step-form";
import { AgreementsStepForm } from "./agreements-step-form";
import { SubmitStep } from "./submit-step";
import { Markdown } from "@/components/markdown";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { StatusAlert } from "@/components/status-alert";

export const metadata: Metadata = { title: "Apply to the partner program" };
export const dynamic = "force-dynamic";

const ZRegisterPageParams = z.object({
  step: z.coerce.number().int().optional().catch(undefined),
  verified: z.string().optional().catch(undefined),
  sent: z.string().optional().catch(undefined),
});

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parsePageParams(ZRegisterPageParams, await searchParams);
  const user = await getCurrentUser();
  if (user) {
    return (
      <div className="mx-auto max-w-xl rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h1 className="mb-2 text-xl font-semibold">Apply to the partner program</h1>
        <p className="text-sm text-gray-700">
          You are signed in as {user.email}. To apply for another company, sign out first; to add colleagues to your company, ask its portal admin to invite
          them.
        </p>
      </div>
    );
  }
  const draftKey = await readDraftKey();
  const draft = await getApplicationDraft(draftKey);
  const moved = draft ? null : await getMovedApplicationDraft(draftKey);
  if (moved) {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-5 text-2xl font-semibold">Apply to the partner program</h1>
        <section className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
          <MovedApplication email={moved.email} />
        </section>
      </div>
    );
  }
  const step = stepToShow(params.step, draft?.step ?? 1);
  // A step not reached yet (or no step at all) shows the furthest one reached, under that step's own address.
  if (params.step !== undefined && params.step !== step) redirect(`/register?step=${step}`);
  const current = APPLICATION_STEPS[step - 1];
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-1 text-2xl font-semibold">Apply to the partner program</h1>
      <p className="mb-5 text-sm text-gray-600">
        Your answers are saved after each step, so you can come back to this page later on this browser. Already a partner?{" "}
        <Link href="/login" className="font-medium text-blue-700 hover:underline">
          Sign in
        </Link>
        .
      </p>
      <nav aria-label="Application steps" className="mb-6">
        <ol className="flex flex-wrap gap-2 text-sm">
          {APPLICATION_STEPS.map((entry) => {
            const reachable = entry.step <= (draft?.step ?? 1);
            const isCurrent = entry.step === step;
            const label = `${entry.step}. ${entry.title}`;
            return (
              <li key={entry.step}>
                {reachable && !isCurrent ? (
                  <Link
                    href={`/register?step=${entry.step}`}
                    className="block rounded-full border border-blue-200 bg-blue-50 px-3 py-1 text-blue-800 hover:bg-blue-100"
                  >
                    {label}
                  </Link>
                ) : (
                  <span
                    aria-current={isCurrent ? "step" : undefined}
                    className={
                      isCurrent
                        ? "block rounded-full bg-blue-700 px-3 py-1 font-semibold text-white"
                        : "block rounded-full border border-gray-200 px-3 py-1 text-gray-500"
                    }
                  >
                    {label}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      {params.verified ? (
        <StatusAlert tone="success" className="mb-4">
          Your email is confirmed.
        </StatusAlert>
      ) : null}
      <section aria-labelledby="step-heading" className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h2 id="step-heading" className="mb-4 text-lg font-semibold">
          {current.title}
        </h2>
        {step === 1 ? <CompanyStepForm saved={draft?.data.company} /> : null}
        {step === 2 && draft ? <ProgramStepForm saved={draft.data.program} /> : null}
        {step === 3 && draft ? <ContactStepForm saved={draft.data.contact} /> : null}
        {step === 4 && draft ? (
          <AgreementsStepForm
            agreements={draft.agreements.map(({ body, ...agreement }) => ({ ...agreement, text: <Markdown source={body} /> }))}
            saved={draft.data.agreements ?? {}}
            verificationSentTo={params.sent && !draft.emailVerifiedAt ? draft.email : null}
          />
        ) : null}
        {step === 5 && draft ? <SubmitStep draft={draft} /> : null}
      </section>
    </div>
  );
}
