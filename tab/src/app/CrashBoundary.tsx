import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBar } from '../components/ErrorBar';

type Props = { children: ReactNode };
type State = { error: unknown };

/** A fault in the tab shows a message (never a stack) instead of a blank frame; details go to the console. */
export class CrashBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Lärdomar tab crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <main style={{ padding: '24px' }}>
          <ErrorBar error={this.state.error} onRetry={() => window.location.reload()} />
        </main>
      );
    }
    return this.props.children;
  }
}
