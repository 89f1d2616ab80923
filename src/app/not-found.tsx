import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-gray-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-gray-600">The page does not exist, or it is not yours to see.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-blue-700 hover:underline">
        Go to your home page
      </Link>
    </div>
  );
}
