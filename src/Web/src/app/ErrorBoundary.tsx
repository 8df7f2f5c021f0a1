import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n';

interface Props {
  children: ReactNode;
  /** A new key (the next page) clears the error. */
  resetKey: string;
}

interface State {
  error: Error | null;
  key: string;
}

/** A page that failed to render or whose code could not be downloaded (e.g. after a new release) says so. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    if (!this.state.error) return this.props.children;
    const chunk = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(this.state.error.message);
    const t = i18n.t;
    return (
      <div className="error-state" role="alert">
        <h1>{chunk ? t('errorPage.chunkTitle') : t('errorPage.title')}</h1>
        <p>{chunk ? t('errorPage.chunkText') : t('errorPage.text')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
      </div>
    );
  }
}
