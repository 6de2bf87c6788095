import { createApp } from 'vue'
import { createPinia } from 'pinia'

import App from './App.vue'
import { installElement } from './element'
import { router } from './router'
import './styles/main.css'

const app = createApp(App)
app.use(createPinia())
app.use(router)
installElement(app)
app.mount('#app')
