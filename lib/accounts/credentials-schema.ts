import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'invalid_email' })
  .pipe(z.email({ error: 'invalid_email' }));

export const passwordSchema = z
  .string()
  .min(10, { error: 'password_too_short' })
  .max(200, { error: 'password_too_long' });

export const signUpSchema = z.object({
  name: z.string().trim().min(1, { error: 'name_required' }).max(100),
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'password_required' }).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;
