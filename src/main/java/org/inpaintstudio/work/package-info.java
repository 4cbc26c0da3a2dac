/**
 * Cancellation and progress of long work: the few types every layer that runs or watches a long job shares (engine,
 * selection, model, backend, ui), so that none of them has to import another for them.
 */
package org.inpaintstudio.work;
