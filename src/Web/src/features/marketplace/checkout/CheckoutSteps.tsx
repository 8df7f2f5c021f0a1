import { useTranslation } from 'react-i18next';

export const STEPS = ['review', 'delivery', 'payment', 'confirm'] as const;
export type Step = (typeof STEPS)[number];

/** Where the buyer is in the checkout: review → delivery → payment → confirmation. */
export function CheckoutSteps({ current }: { current: Step }) {
  const { t } = useTranslation();
  const index = STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('checkout.stepsLabel')}>
      {STEPS.map((step, i) => (
        <li key={step} className={`steps__step ${i < index ? 'is-done' : ''} ${i === index ? 'is-current' : ''}`} aria-current={i === index ? 'step' : undefined}>
          <span className="steps__number" aria-hidden="true">{i + 1}</span>
          <span className="steps__label">{t(`checkout.steps.${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}
