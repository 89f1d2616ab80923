import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-gray-600">This part of the portal belongs to another role. If you think you should see it, ask your administrator.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-blue-700 hover:underline">
        Go to your home page
      </Link>
    </div>
  );
}
