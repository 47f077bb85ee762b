import { render } from 'preact';
import { db } from '../../adapters/db';
import { Popup } from '../../components/popup/popup';
import '../../components/theme.css';

// Open the database while the first render runs: the timeline's query then finds it open.
void db.open().catch((error: unknown) => console.error('[qimma] database not opened', error));
render(<Popup />, document.getElementById('app') as HTMLElement);
