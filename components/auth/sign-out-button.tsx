import { signOutAction } from '@/lib/auth/sign-out-action';

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button-secondary">
        {label}
      </button>
    </form>
  );
}
