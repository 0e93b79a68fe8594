-- teikit's language server in Neovim's built-in LSP client (Neovim 0.7 and later).
-- Put this file in your config (e.g. ~/.config/nvim/lua/teikit.lua and `require("teikit")` in init.lua),
-- or `:luafile docs/editors/teikit.lua`. `vim.g.teikit_cmd` overrides the command (default: `teikit lsp`,
-- with `teikit` on PATH, e.g. a link to the clone's ./teikit); `vim.g.teikit_settings` the settings
-- (schema, catalogs, schematron, debounce: see docs/editors.md).
local M = {}

local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ":p:h")
  local found = vim.fn.finddir("tei", dir .. ";")   -- an edition: the folder that holds tei/
  if found == "" then found = vim.fn.finddir(".git", dir .. ";") end
  return found ~= "" and vim.fn.fnamemodify(found, ":p:h:h") or dir
end

function M.start(bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  local config = {
    name = "teikit",
    cmd = vim.g.teikit_cmd or { "teikit", "lsp" },
    root_dir = root_of(file),
    init_options = { teikit = vim.g.teikit_settings or {} },
    settings = { teikit = vim.g.teikit_settings or {} },
  }
  if vim.lsp.start then            -- Neovim 0.8+: reuses a running client for the same root
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  M.clients = M.clients or {}      -- Neovim 0.7: one client per root, attached by hand
  local id = M.clients[config.root_dir]
  if not id or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    M.clients[config.root_dir] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local group = vim.api.nvim_create_augroup("teikit-lsp", { clear = true })
vim.api.nvim_create_autocmd("FileType", {
  group = group, pattern = { "xml", "tei" },
  callback = function(args) M.start(args.buf) end,
})
-- transcriptions: code action "Preview TEI"
vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
  group = group, pattern = { "*/sources/*.txt" },
  callback = function(args) M.start(args.buf) end,
})

return M
