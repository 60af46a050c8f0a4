/**
 * The functions Apps Script calls: menu handlers, triggers and the API the sidebar calls.
 * Nothing else lives here; the build turns each export into a top-level function stub.
 */
export { onInstall, onOpen, openSidebar } from "./menu";
