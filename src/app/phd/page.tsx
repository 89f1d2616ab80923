import { redirect } from "next/navigation";

// The desk's work starts at the applicant queue.
export default function PhdHomePage() {
  redirect("/phd/applicants");
}
