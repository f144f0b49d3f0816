// What follows each certificate on the product page, by who is reading: the producer
// is told where its renewal stands (and may open the re-evaluation in its window);
// officers see the certificate's revocation cases and, when they may, open one. The
// revocation panel asks only about certificates in force or revoked: the others have
// nothing to revoke and no case to show.
import { mayCarryMark } from '../../../domain/certificates/certificate-state.ts';
import { useAuth } from '../auth/auth-context.tsx';
import type { CertificateView } from '../registry/api.ts';
import { RenewalPanel } from './renewal-panel.tsx';
import { RevocationPanel } from './revocation-panel.tsx';

export function CertificateLife({
  productId,
  certificates,
  onChanged,
}: {
  productId: string;
  certificates: CertificateView[];
  onChanged(): void;
}) {
  const { me } = useAuth();
  const role = me?.grants.find((g) => g.id === me.activeGrantId)?.role;
  if (!role) return null;
  if (role === 'producer')
    return (
      <div className="mt-3 flex flex-col gap-2">
        {certificates.map((c) => (
          <RenewalPanel key={c.id} productId={productId} c={c} />
        ))}
      </div>
    );
  const revocable = certificates.filter((c) => mayCarryMark(c.state) || c.state === 'revoked');
  if (!revocable.length) return null;
  return (
    <div className="mt-3 flex flex-col gap-2">
      {revocable.map((c) => (
        <RevocationPanel key={c.id} c={c} onChanged={onChanged} />
      ))}
    </div>
  );
}
