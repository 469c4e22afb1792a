/** Example local plugin: women's care insurance (女性安康保险). Exports nothing of its own. */
package org.wfed.example.insurance;
