// How many statements (说明) wait for an answer from this reader, for the
// header's badge: counts only (the list itself is the 待回复说明 page).
// Loaded when a reader's session is known and refreshed after they answer.
import { defineStore } from 'pinia'
import { ref } from 'vue'

import { pendingCount } from '@/api/statements'

export const useStatementsStore = defineStore('statements', () => {
  const count = ref(0)
  const fresh = ref(0)
  /** more than the badge counts (it counts up to 200) */
  const more = ref(false)

  async function refresh(): Promise<void> {
    try {
      const r = await pendingCount()
      count.value = r.count
      fresh.value = r.new_count
      more.value = r.next !== null
    } catch {
      // The badge is a hint; the page itself says what went wrong.
    }
  }

  function clear(): void {
    count.value = 0
    fresh.value = 0
    more.value = false
  }

  return { count, fresh, more, refresh, clear }
})
