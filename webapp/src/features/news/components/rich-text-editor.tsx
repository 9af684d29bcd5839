import { ActionIcon, Group, Input, Paper, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeHtml } from '../api/safe-html';

type Command = { id: string; label: string; icon: ReactNode; run: () => void };

/**
 * A small rich-text editor without a library: an editable area with a toolbar (bold, italic, headings,
 * lists, quote, link, clear formatting) and the HTML source for those who prefer it. Whatever it
 * produces, the API sanitises; what it shows is rebuilt from an allow-list first (safeHtml).
 */
export function RichTextEditor({
  label,
  description,
  value,
  onChange,
  error,
  required,
  testId = 'field-body',
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const descriptionId = useId();
  const errorId = useId();
  const [mode, setMode] = useState<'visual' | 'source'>('visual');
  const area = useRef<HTMLDivElement | null>(null);

  const report = () => {
    if (area.current) onChange(area.current.innerHTML);
  };
  const exec = (command: string, argument?: string) => {
    area.current?.focus();
    document.execCommand(command, false, argument);
    report();
  };
  const commands: Command[] = [
    { id: 'bold', label: t('news.editor.bold'), icon: <b>B</b>, run: () => exec('bold') },
    { id: 'italic', label: t('news.editor.italic'), icon: <i>I</i>, run: () => exec('italic') },
    { id: 'h2', label: t('news.editor.heading'), icon: 'H2', run: () => exec('formatBlock', 'h2') },
    { id: 'h3', label: t('news.editor.subheading'), icon: 'H3', run: () => exec('formatBlock', 'h3') },
    { id: 'p', label: t('news.editor.paragraph'), icon: '¶', run: () => exec('formatBlock', 'p') },
    { id: 'ul', label: t('news.editor.bullets'), icon: '•', run: () => exec('insertUnorderedList') },
    { id: 'ol', label: t('news.editor.numbers'), icon: '1.', run: () => exec('insertOrderedList') },
    { id: 'quote', label: t('news.editor.quote'), icon: '❝', run: () => exec('formatBlock', 'blockquote') },
    {
      id: 'link',
      label: t('news.editor.link'),
      icon: '🔗',
      run: () => {
        const url = window.prompt(t('news.editor.linkPrompt'), 'https://');
        if (url && /^(https?:|mailto:)/i.test(url.trim())) exec('createLink', url.trim());
      },
    },
    { id: 'clear', label: t('news.editor.clear'), icon: '⌫', run: () => exec('removeFormat') },
  ];

  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      id={labelId}
      description={description}
      error={error}
      required={required}
      labelProps={{ id: `${labelId}-label` }}
      descriptionProps={{ id: descriptionId }}
      errorProps={{ id: errorId }}
    >
      <Stack gap={6} mt={4}>
        <Group justify="space-between" gap="xs">
          <Group gap={4} role="toolbar" aria-label={t('news.editor.toolbar')} aria-controls={`${labelId}-area`}>
            {commands.map((c) => (
              <ActionIcon
                key={c.id}
                variant="default"
                size="md"
                aria-label={c.label}
                title={c.label}
                disabled={mode !== 'visual'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={c.run}
                data-testid={`editor-${c.id}`}
              >
                {c.icon}
              </ActionIcon>
            ))}
          </Group>
          <SegmentedControl
            size="xs"
            aria-label={t('news.editor.mode')}
            value={mode}
            onChange={(next) => setMode(next as 'visual' | 'source')}
            data={[
              { value: 'visual', label: t('news.editor.visual') },
              { value: 'source', label: t('news.editor.source') },
            ]}
            data-testid="editor-mode"
          />
        </Group>
        {mode === 'visual' ? (
          <Paper
            withBorder
            p="sm"
            mih={220}
            id={`${labelId}-area`}
            ref={(el: HTMLDivElement | null) => {
              // On first display, and coming back from the source view: show the value, rebuilt safely.
              // React leaves the children of this element alone (it renders none).
              if (el && area.current !== el) {
                area.current = el;
                el.innerHTML = safeHtml(value);
              }
            }}
            contentEditable
            suppressContentEditableWarning
            role="textbox"
            aria-multiline="true"
            aria-labelledby={`${labelId}-label`}
            aria-describedby={[description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
            aria-invalid={error ? true : undefined}
            aria-required={required}
            tabIndex={0}
            onInput={report}
            onBlur={report}
            className="post-body"
            style={{ outlineOffset: 2, overflowWrap: 'anywhere' }}
            data-testid={testId}
          />
        ) : (
          <Textarea
            aria-labelledby={`${labelId}-label`}
            value={value}
            onChange={(e) => onChange(e.currentTarget.value)}
            autosize
            minRows={10}
            styles={{ input: { fontFamily: 'monospace' } }}
            data-testid={`${testId}-source`}
          />
        )}
      </Stack>
    </Input.Wrapper>
  );
}
