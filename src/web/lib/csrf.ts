// The anti-forgery token of the session, handed out by GET /api/auth/me and sent on
// every write by the transport (lib/api.ts).
let csrfToken: string | null = null;

export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

export const getCsrfToken = () => csrfToken;
