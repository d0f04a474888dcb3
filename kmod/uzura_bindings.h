/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel interfaces uzura uses that Linux 6.12's `kernel` crate does not wrap. bindgen
 * turns this header into uzura_bindings_generated.rs at build time (see Kbuild), so the
 * declarations always match the kernel the module is built against.
 */
#include <linux/miscdevice.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/interrupt.h>
#include <linux/dma-mapping.h>
#include <linux/timer.h>
#include <linux/random.h>
#include <linux/ktime.h>
#include <linux/jiffies.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/workqueue.h>
#include <linux/capability.h>
#include <linux/delay.h>
#include "uzura_helpers.h"

/* Macros and enumerators, as constants bindgen can evaluate. */
const gfp_t UZURA_GFP_KERNEL = GFP_KERNEL;
const unsigned int UZURA_FOLL_WRITE = FOLL_WRITE;
const unsigned int UZURA_FOLL_LONGTERM = FOLL_LONGTERM;
const int UZURA_MISC_DYNAMIC_MINOR = MISC_DYNAMIC_MINOR;
const unsigned int UZURA_PCI_IRQ_MSI_MSIX = PCI_IRQ_MSI | PCI_IRQ_MSIX;
const unsigned long UZURA_IRQF_ONESHOT = IRQF_ONESHOT;
const int UZURA_CAP_IPC_LOCK = CAP_IPC_LOCK;
const int UZURA_DMA_BIDIRECTIONAL = DMA_BIDIRECTIONAL;
const unsigned int UZURA_WQ_UNBOUND = WQ_UNBOUND;
const int UZURA_IRQ_HANDLED = IRQ_HANDLED;
const unsigned int UZURA_PCI_ANY_ID = PCI_ANY_ID;
