import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/useAsync';

const BLURBS: Record<string, string> = {
  Forum: 'Ask the community, share what works on your farm and vote on the best answers.',
  Chat: 'Talk in real time with specialists and sellers, one to one or in groups.',
  Analytics: 'Explore large agricultural datasets on an interactive map.',
};

export function ComingSoon({ area }: { area: string }) {
  useDocumentTitle(area);
  return (
    <section className="coming-soon">
      <h1>{area}</h1>
      <p className="lead">{BLURBS[area] ?? ''}</p>
      <p className="badge badge--info">Coming soon</p>
      <p>
        Meanwhile, <Link to="/marketplace">browse the marketplace</Link> or <Link to="/profiles">find a specialist</Link>.
      </p>
    </section>
  );
}
