import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/dashboard';
import '../../components/theme.css';

render(<Dashboard />, document.getElementById('app') as HTMLElement);
