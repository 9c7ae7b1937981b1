import { z } from 'zod'

export const signInSchema = z.object({
  email: z.email('Enter a valid email address').max(320).transform((s) => s.toLowerCase()),
  password: z.string().min(1, 'Enter your password').max(1000),
})
export type SignInInput = z.infer<typeof signInSchema>
