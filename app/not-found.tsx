import Link from 'next/link';
import './globals.css';

/** Requests outside any locale (the proxy normally redirects them); English by necessity. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="container">
          <h1>Page not found</h1>
          <Link href="/">Orrery home</Link>
        </main>
      </body>
    </html>
  );
}
