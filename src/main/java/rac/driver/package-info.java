/**
 * The driver: command line, the compiler database wiring every stage as a query, and the steps
 * that touch the outside world (reading files, linking, running). Only this layer does I/O.
 */
package rac.driver;
