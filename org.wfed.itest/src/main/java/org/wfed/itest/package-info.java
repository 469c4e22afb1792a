/** In-framework tests: helpers shared by the test packages of core and each module. */
package org.wfed.itest;
