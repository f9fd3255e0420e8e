// Entry point of dist/server.js.
import { startServer } from './startServer';

startServer();
