import { render } from 'preact';
import { db } from '../../adapters/db';
import { Dashboard } from '../../components/dashboard/dashboard';
import '../../components/theme.css';

// Open the database while the first render runs: the first page's queries then find it open.
void db.open().catch((error: unknown) => console.error('[qimma] database not opened', error));
render(<Dashboard />, document.getElementById('app') as HTMLElement);
